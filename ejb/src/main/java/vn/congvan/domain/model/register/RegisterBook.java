package vn.congvan.domain.model.register;

import java.util.List;

/**
 * The three printed registers of ND30 Phụ lục IV, with their columns as the decree names them (the
 * printed form is in Vietnamese whatever the user's language). Widths are relative.
 */
public enum RegisterBook {

    /** Sổ đăng ký văn bản đến — the incoming register. */
    INCOMING("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "incoming", RegisterKind.INCOMING, List.of(
            new Column("Ngày đến", 7), new Column("Số đến", 5), new Column("Tác giả", 13),
            new Column("Số, ký hiệu", 10), new Column("Ngày tháng", 7), new Column("Tên loại và trích yếu nội dung", 24),
            new Column("Đơn vị hoặc người nhận", 11), new Column("Ngày chuyển", 7), new Column("Ký nhận", 7),
            new Column("Ghi chú", 9))),

    /** Sổ đăng ký văn bản đi — the outgoing register. */
    OUTGOING("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "outgoing", RegisterKind.OUTGOING, List.of(
            new Column("Số, ký hiệu văn bản", 10), new Column("Ngày tháng văn bản", 7),
            new Column("Tên loại và trích yếu nội dung", 22), new Column("Người ký", 10), new Column("Nơi nhận", 12),
            new Column("Đơn vị, người nhận bản lưu", 10), new Column("Số lượng bản", 5), new Column("Ngày chuyển", 7),
            new Column("Ký nhận", 7), new Column("Ghi chú", 8))),

    /** Sổ theo dõi giải quyết văn bản đến — following up incoming documents (kept on an incoming register). */
    FOLLOW_UP("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", "follow-up", RegisterKind.INCOMING, List.of(
            new Column("Số đến", 5), new Column("Tên loại, số, ký hiệu, ngày tháng và trích yếu văn bản", 34),
            new Column("Đơn vị hoặc người nhận", 14), new Column("Thời hạn giải quyết", 8),
            new Column("Tiến độ giải quyết", 12), new Column("Số, ký hiệu văn bản trả lời", 12),
            new Column("Ghi chú", 10)));

    /** A column of the printed register. */
    public record Column(String heading, int width) {
    }

    private final String title;
    private final String slug;
    private final RegisterKind registerKind;
    private final List<Column> columns;

    RegisterBook(String title, String slug, RegisterKind registerKind, List<Column> columns) {
        this.title = title;
        this.slug = slug;
        this.registerKind = registerKind;
        this.columns = columns;
    }

    /** The printed book a register gives by default: its registration book. */
    public static RegisterBook registrationBookOf(RegisterKind kind) {
        return kind == RegisterKind.OUTGOING ? OUTGOING : INCOMING;
    }

    /** By its name in the API ({@code incoming}, {@code outgoing}, {@code follow-up}), or {@code null}. */
    public static RegisterBook bySlug(String slug) {
        for (RegisterBook b : values()) {
            if (b.slug.equals(slug)) {
                return b;
            }
        }
        return null;
    }

    public String title() { return title; }
    public String slug() { return slug; }
    /** The kind of register the book is printed from. */
    public RegisterKind registerKind() { return registerKind; }
    public List<Column> columns() { return columns; }
}
