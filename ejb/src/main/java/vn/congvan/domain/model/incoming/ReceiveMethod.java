package vn.congvan.domain.model.incoming;

/** How a document arrived; INTERNAL: issued by the agency itself to one of its departments (nơi nhận nội bộ). */
public enum ReceiveMethod { PAPER, UPLOAD, EMAIL, EDXML, INTERNAL }
