package vn.congvan.domain.model.register;

/** The series a register numbers: normal documents, secret documents (văn bản mật), internal ones. */
public enum RegisterSeries { NORMAL, SECRET, INTERNAL }
