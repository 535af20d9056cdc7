package jpus.taskforce.portal.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import jpus.taskforce.portal.i18n.PreferredLanguage;

/** {@code /} sends readers to the home page in their preferred language. */
@Path("/")
public class RootRedirect {

    @GET
    public Response root(@Context HttpHeaders headers) {
        return seeOther("/" + PreferredLanguage.from(headers.getAcceptableLanguages()).code() + "/")
                .header("Vary", "Accept-Language").build();
    }

    private static Response.ResponseBuilder seeOther(String location) {
        return Response.seeOther(URI.create(location));
    }
}
