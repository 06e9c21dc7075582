package vn.congvan.application.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A document to put in a dossier, by kind ({@code INCOMING}; {@code OUTGOING} later) and id. */
public record DossierDocumentCommand(
        @NotBlank @Pattern(regexp = "INCOMING|OUTGOING") String kind,
        @NotNull Long documentId) {
}
