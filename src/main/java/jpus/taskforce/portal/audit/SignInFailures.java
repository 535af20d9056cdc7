package jpus.taskforce.portal.audit;

import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.ext.web.RoutingContext;

/**
 * Records failed sign-ins (a wrong password on the local run's form, an invalid or expired token on
 * the API) in the audit log. Observed asynchronously: authentication runs on I/O threads, which
 * must not wait for the database.
 */
public class SignInFailures {

    private static final Logger LOG = Logger.getLogger(SignInFailures.class);

    @Inject
    AuditLog audit;

    void onFailure(@ObservesAsync AuthenticationFailureEvent event) {
        Object context = event.getEventProperties().get(RoutingContext.class.getName());
        String reason = context instanceof RoutingContext request
                ? "on " + request.request().method() + " " + request.normalizedPath() + " from " + request.request().remoteAddress().hostAddress()
                : "authentication failed";
        try {
            QuarkusTransaction.requiringNew().run(() -> audit.record("unknown", AuditAction.SIGN_IN_FAILED, null, reason));
        } catch (RuntimeException e) {
            LOG.warnf("Could not record a failed sign-in: %s", e.getMessage());
        }
    }
}
