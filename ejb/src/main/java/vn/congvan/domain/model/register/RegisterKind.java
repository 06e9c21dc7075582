package vn.congvan.domain.model.register;

/** Sổ đăng ký văn bản đến (incoming) or đi (outgoing). */
public enum RegisterKind { INCOMING, OUTGOING }
