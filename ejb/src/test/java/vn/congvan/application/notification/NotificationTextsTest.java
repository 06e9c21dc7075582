package vn.congvan.application.notification;

import org.junit.jupiter.api.Test;
import vn.congvan.application.common.Messages;
import vn.congvan.application.events.NotificationKind;
import vn.congvan.domain.model.agency.Clearance;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTextsTest {

    private static final String TITLE = "15/BNV-VP (Bộ Nội vụ): Về việc tổ chức hội nghị";

    @Test
    void everyKindHasATextInBothLanguages() {
        for (Locale l : new Locale[]{Messages.VIETNAMESE, Locale.ENGLISH}) {
            ResourceBundle b = Messages.bundle(l);
            for (NotificationKind k : NotificationKind.values()) {
                assertTrue(b.containsKey("notification." + k.name()), l + " lacks notification." + k.name());
                String text = NotificationTexts.message(l, k, TITLE, Clearance.NONE, Clearance.NONE);
                assertTrue(text.endsWith(TITLE), text);
                assertFalse(text.contains("{"), text);
            }
        }
    }

    @Test
    void renderedInTheReadersLanguage() {
        assertEquals("Văn bản đến khẩn vừa được vào sổ: " + TITLE,
                NotificationTexts.message(Messages.VIETNAMESE, NotificationKind.REGISTERED_URGENT, TITLE, Clearance.NONE, Clearance.NONE));
        assertEquals("An urgent incoming document was registered: " + TITLE,
                NotificationTexts.message(Locale.ENGLISH, NotificationKind.REGISTERED_URGENT, TITLE, Clearance.NONE, Clearance.NONE));
        assertEquals("Quá hạn xử lý: " + TITLE,
                NotificationTexts.message(Locale.forLanguageTag("vi-VN"), NotificationKind.OVERDUE, TITLE, null, Clearance.NONE));
    }

    @Test
    void aReaderNotClearedReadsNoTitle() {
        assertEquals("Văn bản đến khẩn vừa được vào sổ: " + TITLE, NotificationTexts.message(Messages.VIETNAMESE,
                NotificationKind.REGISTERED_URGENT, TITLE, Clearance.MAT, Clearance.TOI_MAT));
        assertEquals("Văn bản đến khẩn vừa được vào sổ: một văn bản mật", NotificationTexts.message(Messages.VIETNAMESE,
                NotificationKind.REGISTERED_URGENT, TITLE, Clearance.TOI_MAT, Clearance.MAT));
        assertEquals("Recalled: a secret document", NotificationTexts.message(Locale.ENGLISH,
                NotificationKind.RECALLED, TITLE, Clearance.MAT, Clearance.NONE));
        assertFalse(NotificationTexts.cleared(Clearance.MAT, null));
    }
}
