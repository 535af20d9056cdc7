package jpus.taskforce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;

import jpus.taskforce.portal.security.Viewer;

/**
 * Who is signed in, for the layout's header ({@code inject:account}). Anonymous readers get nothing
 * about anyone, so their pages are the same for everybody.
 */
@RequestScoped
@Named("account")
public class Account {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest request;

    @Inject
    CsrfTokenParameterProvider csrf;

    private Viewer viewer;

    public Viewer viewer() {
        if (viewer == null) {
            viewer = resolve();
        }
        return viewer;
    }

    public boolean signedIn() {
        return !viewer().isAnonymous();
    }

    public String name() {
        return viewer().name();
    }

    public boolean staff() {
        return viewer().isStaff();
    }

    /** The token for the sign-out form; absent on a page that no page resource answered (an unknown address). */
    public String signOutToken() {
        try {
            return csrf.getToken();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private Viewer resolve() {
        RoutingContext routing = request.getCurrent();
        if (routing != null && routing.user() instanceof QuarkusHttpUser user) {
            return Viewer.of(user.getSecurityIdentity());
        }
        if (Context.isOnEventLoopThread()) {
            // An error page for an address no page has is rendered on an I/O thread, which must not
            // wait for the identity provider; nobody has been asked who they are there.
            return Viewer.ANONYMOUS;
        }
        try {
            return Viewer.of(identities.getIdentity());
        } catch (AuthenticationFailedException e) {
            // An expired session on a public page: the reader reads on, signed out.
            return Viewer.ANONYMOUS;
        }
    }
}
