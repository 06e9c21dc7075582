package vn.congvan.domain.model.incoming;

/** How a document arrived. */
public enum ReceiveMethod { PAPER, UPLOAD, EMAIL, EDXML }
