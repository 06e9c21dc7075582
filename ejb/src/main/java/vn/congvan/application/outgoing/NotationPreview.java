package vn.congvan.application.outgoing;

/** What the next document of a register would be numbered, without taking the number. */
public record NotationPreview(long registerId, long nextNumber, String pattern, String codeNumber, String codeNotation,
                              String numberAndNotation) {
}
