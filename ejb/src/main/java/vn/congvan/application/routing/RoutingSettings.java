package vn.congvan.application.routing;

/**
 * Routing settings (README): {@code congvan.routing.default-days} (CONGVAN_ROUTING_DEFAULT_DAYS, 10): the
 * working days a proposed deadline is from today; {@code congvan.routing.due-soon-days}
 * (CONGVAN_ROUTING_DUE_SOON_DAYS, 2): a deadline this many working days away or fewer is "due soon".
 */
public final class RoutingSettings {

    private RoutingSettings() {
    }

    public static int defaultWorkingDays() {
        return read("congvan.routing.default-days", "CONGVAN_ROUTING_DEFAULT_DAYS", 10);
    }

    public static int dueSoonWorkingDays() {
        return read("congvan.routing.due-soon-days", "CONGVAN_ROUTING_DUE_SOON_DAYS", 2);
    }

    private static int read(String property, String env, int fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        try {
            return v == null || v.isBlank() ? fallback : Math.max(0, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
