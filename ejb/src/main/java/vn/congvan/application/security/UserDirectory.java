package vn.congvan.application.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import vn.congvan.application.common.RememberedIds;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.congvan.domain.model.agency.User;

/** Who is calling: the authenticated principal, resolved to the user record. */
@PermitAll
@Stateless
public class UserDirectory {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** Whether the caller is an authenticated, active user. */
    public boolean loggedIn() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name != null && !"anonymous".equals(name)
                && em.createNamedQuery("User.findByUsername", User.class).setParameter("username", name)
                .getResultStream().anyMatch(User::active);
    }

    /** The calling user; refuses callers who are not (or no longer) active users. */
    public User current() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw new EJBAccessException("Not authenticated");
        }
        // Once per transaction: the services of one request (registration, action log, notifications) all
        // ask; the second time the user comes from the transaction's persistence context, without a query
        // (which would also flush the pending changes first).
        Object key = transactions == null || transactions.getTransactionKey() == null ? null : CACHE_KEY + name;
        if (key != null && transactions.getResource(key) instanceof Long id) {
            User cached = em.find(User.class, id);
            if (cached != null && cached.active()) {
                return cached;
            }
        }
        // The user's id is remembered across requests (a username never changes): a load by primary key, which
        // fetches the roles and positions with it, instead of a query and two more statements for them. The
        // record itself is read each time, so a user deactivated a moment ago is refused at once.
        User user = IDS.find(name, id -> em.find(User.class, id), u -> u.active() && name.equals(u.username()),
                () -> em.createNamedQuery("User.findByUsername", User.class).setParameter("username", name)
                        .getResultList().stream().filter(User::active).findFirst()
                        .orElseThrow(() -> new EJBAccessException("Unknown or inactive user " + name)),
                User::id);
        if (key != null) {
            transactions.putResource(key, user.id());
        }
        return user;
    }

    private static final String CACHE_KEY = UserDirectory.class.getName() + ".current:";
    /** Username → user id of the users who called lately (this node; ids never change their user). */
    private static final RememberedIds<String> IDS = new RememberedIds<>(10_000);
}
