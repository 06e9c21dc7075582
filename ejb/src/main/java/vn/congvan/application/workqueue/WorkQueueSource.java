package vn.congvan.application.workqueue;

import java.util.List;

/**
 * One capability's share of a user's inbox. Implementations are beans (an EJB with this as its local
 * business interface, or a CDI bean); the inbox finds them all with {@code @Any Instance<WorkQueueSource>}.
 * Items are already trimmed to what the user may see (secrecy, department, assignment).
 */
public interface WorkQueueSource {

    /** The open items waiting for the user (their own tasks, not their department's). */
    List<WorkItem> openItems(long userId);
}
