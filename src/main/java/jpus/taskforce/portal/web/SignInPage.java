package jpus.taskforce.portal.web;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.i18n.PreferredLanguage;
import jpus.taskforce.portal.operations.DetailedHealth;
import jpus.taskforce.portal.operations.HealthReport;

/**
 * Where staff sign in. The local run signs its demo accounts in on this page's form (Quarkus form
 * authentication answers {@code /j_security_check}); everywhere else Keycloak has the form, and
 * this page only sends people to the staff workspace, whose sign-in requirement starts the code flow,
 * or says that signing in is not possible while Keycloak cannot be reached.
 */
@Path("/sign-in")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    /** Where form authentication keeps the page that asked for a sign-in. */
    private static final String RETURN_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(Page page, boolean failed);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.enabled", defaultValue = "false")
    boolean formSignIn;

    /**
     * Asked before a reader is sent to Keycloak: once the OIDC metadata is cached, the portal would
     * redirect there even while it is down, and the reader would meet the browser's connection
     * error instead of a page that explains.
     */
    @Inject
    DetailedHealth health;

    @GET
    public Response signIn(@QueryParam("lang") String lang, @QueryParam("error") boolean failed,
            @CookieParam(RETURN_COOKIE) String returnTo, @Context HttpHeaders headers) {
        Language language = language(lang, returnTo, headers);
        if (!formSignIn) {
            if (health.keycloak().status() == HealthReport.Status.DOWN) {
                return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(ErrorPage.signInUnavailable(language))
                        .header("Retry-After", 60).header("Cache-Control", "no-store").build();
            }
            return Response.seeOther(URI.create("/" + language.code() + "/staff")).build();
        }
        Page page = new Page(language, "/sign-in", Labels.in(language).sign_in_title(), "");
        return Response.ok(Templates.signIn(page, failed).setLocale(language.locale()))
                .header("Vary", "Accept-Language")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The language asked for, else that of the page that asked for a sign-in, else the browser's. */
    private static Language language(String lang, String returnTo, HttpHeaders headers) {
        return code(lang)
                .or(() -> returnTo == null ? Optional.empty() : code(returnTo.replaceFirst("^(?:https?://[^/]+)?/", "").split("/")[0]))
                .orElseGet(() -> PreferredLanguage.from(headers.getAcceptableLanguages()));
    }

    private static Optional<Language> code(String value) {
        return value == null ? Optional.empty()
                : CodedValue.fromCode(Language.class, value).filter(l -> l.code().equals(value));
    }
}
