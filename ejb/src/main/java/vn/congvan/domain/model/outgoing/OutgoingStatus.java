package vn.congvan.domain.model.outgoing;

/** Where an outgoing document stands: issued (đã phát hành) or withdrawn (đã thu hồi, keeping its number). */
public enum OutgoingStatus { ISSUED, WITHDRAWN }
