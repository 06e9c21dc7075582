package vn.congvan.application.notification;

import org.junit.jupiter.api.Test;
import vn.congvan.application.common.Messages;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.domain.model.agency.Clearance;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailComposerTest {

    private static final String TITLE = "15/BNV-VP (Bộ Nội vụ): Về việc bảo vệ bí mật nhà nước năm 2026";
    private static final String URL = "https://congvan.example.gov.vn/congvan/app/incoming/view.xhtml?id=42";

    @Test
    void aNormalDocumentIsNamedWithItsDetailAndLink() {
        MailComposer.MailContent m = MailComposer.notification(Messages.VIETNAMESE, NotificationKind.ASSIGNED, TITLE,
                "Hạn xử lý 30/11/2026", "Trần Văn Minh", Clearance.NONE, false, URL);
        assertEquals("[CôngVăn] Bạn được giao xử lý văn bản: " + TITLE, m.subject());
        assertTrue(m.body().startsWith("Bạn được giao xử lý văn bản: " + TITLE + "\n"), m.body());
        assertTrue(m.body().contains("Ghi chú: Hạn xử lý 30/11/2026"), m.body());
        assertTrue(m.body().contains("Người thực hiện: Trần Văn Minh"), m.body());
        assertTrue(m.body().contains("Mở văn bản: " + URL), m.body());
    }

    @Test
    void urgentOnesSayItInTheSubject() {
        MailComposer.MailContent vi = MailComposer.notification(Messages.VIETNAMESE, NotificationKind.REGISTERED_URGENT,
                TITLE, null, null, Clearance.NONE, true, URL);
        assertTrue(vi.subject().startsWith("[CôngVăn] [KHẨN] Văn bản đến khẩn"), vi.subject());
        MailComposer.MailContent en = MailComposer.notification(Locale.ENGLISH, NotificationKind.REGISTERED_URGENT,
                TITLE, null, null, Clearance.NONE, true, URL);
        assertTrue(en.subject().startsWith("[CôngVăn] [URGENT] An urgent incoming document"), en.subject());
        assertTrue(en.body().contains("Open the document: " + URL), en.body());
    }

    @Test
    void aSecretDocumentIsNeverDescribed() {
        for (Clearance level : new Clearance[]{Clearance.MAT, Clearance.TOI_MAT, Clearance.TUYET_MAT}) {
            MailComposer.MailContent m = MailComposer.notification(Messages.VIETNAMESE, NotificationKind.REGISTERED_URGENT,
                    TITLE, "bút phê: chuyển Công an tỉnh", "Trần Văn Minh", level, true, URL);
            String all = m.subject() + "\n" + MailComposer.finish(Messages.VIETNAMESE, m.body());
            assertEquals("[CôngVăn] [KHẨN] Bạn có văn bản mật cần xử lý", m.subject());
            assertTrue(m.body().startsWith("Bạn có văn bản mật cần xử lý."), m.body());
            assertTrue(m.body().contains(URL), "the link is given: the reader logs in to see it");
            for (String leak : List.of("15/BNV-VP", "Bộ Nội vụ", "bí mật nhà nước", "Công an", "Trần Văn Minh")) {
                assertFalse(all.contains(leak), level + " leaks " + leak + ":\n" + all);
            }
        }
        MailComposer.MailContent en = MailComposer.notification(Locale.ENGLISH, NotificationKind.ASSIGNED, TITLE, null,
                null, Clearance.MAT, false, URL);
        assertEquals("[CôngVăn] You have a secret document to handle", en.subject());
    }

    @Test
    void aDigestGathersSeveralForOneRecipient() {
        MailComposer.MailContent a = MailComposer.notification(Messages.VIETNAMESE, NotificationKind.ASSIGNED, "A: một",
                null, null, Clearance.NONE, false, URL);
        MailComposer.MailContent b = MailComposer.notification(Messages.VIETNAMESE, NotificationKind.DUE_SOON, "B: hai",
                null, null, Clearance.NONE, false, URL);
        assertEquals(a, MailComposer.digest(Messages.VIETNAMESE, List.of(a)));
        MailComposer.MailContent d = MailComposer.digest(Messages.VIETNAMESE, List.of(a, b));
        assertEquals("[CôngVăn] 2 thông báo mới", d.subject());
        assertTrue(d.body().startsWith("Bạn có 2 thông báo mới:"), d.body());
        assertTrue(d.body().contains("• Bạn được giao xử lý văn bản: A: một"), d.body());
        assertTrue(d.body().contains("• Sắp đến hạn xử lý: B: hai"), d.body());
        assertEquals("[CôngVăn] 2 new notifications", MailComposer.digest(Locale.ENGLISH, List.of(a, b)).subject());
    }

    @Test
    void longSubjectsAreCutAndTheFooterAdded() {
        String longTitle = "x".repeat(600);
        MailComposer.MailContent m = MailComposer.notification(Messages.VIETNAMESE, NotificationKind.RECEIVED, longTitle,
                null, null, Clearance.NONE, false, URL);
        assertEquals(MailComposer.MAX_SUBJECT, m.subject().length());
        assertTrue(m.subject().endsWith("…"));
        String sent = MailComposer.finish(Locale.ENGLISH, "body");
        assertTrue(sent.startsWith("body\n\n-- \n"), sent);
        assertTrue(sent.contains("turn these e-mails off"), sent);
    }
}
