package vn.congvan.application.register;

import jakarta.validation.constraints.Size;

/**
 * A register's notation patterns: {@code notationPattern} for typed documents (e.g. {@code {number}/{type}-{agency}}),
 * {@code letterPattern} for công văn and thư công (e.g. {@code {number}/{agency}-{unit}}); blank: the default.
 */
public record NotationPatternCommand(@Size(max = 100) String notationPattern, @Size(max = 100) String letterPattern) {
}
