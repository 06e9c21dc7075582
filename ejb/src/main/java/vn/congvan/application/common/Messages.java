package vn.congvan.application.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts of the application ({@code vn/congvan/i18n/messages*.properties}); Vietnamese by default. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String BUNDLE = "vn.congvan.i18n.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static String get(Locale locale, String key, List<Object> args) {
        return get(locale, key, args.toArray());
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale l = locale == null || !"en".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of a request: English when asked for, Vietnamese otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("vi".equals(l.getLanguage())) {
                return VIETNAMESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return VIETNAMESE;
    }
}
