package jpus.taskforce.portal.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import jpus.taskforce.portal.validation.InvalidParameter;

/**
 * Reads whole-number query and path parameters, and refuses one that is not a number with a 400
 * naming it ({@code page=abc}), instead of the REST layer's bare 404. Their bounds are Bean
 * Validation's ({@code @Range}, {@code @Min}), reported the same way.
 */
@Provider
public class WholeNumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class && rawType != int.class) {
            return null;
        }
        String name = nameIn(annotations);
        return (ParamConverter<T>) new ParamConverter<Integer>() {
            @Override
            public Integer fromString(String value) {
                try {
                    return Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(InvalidParameter.notANumber(name));
                }
            }

            @Override
            public String toString(Integer value) {
                return String.valueOf(value);
            }
        };
    }

    /** The parameter's name, which its annotation gives: every whole-number parameter names itself. */
    private static String nameIn(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation instanceof QueryParam q ? q.value()
                    : annotation instanceof PathParam p ? p.value()
                    : annotation instanceof RestQuery q ? q.value()
                    : annotation instanceof RestPath p ? p.value()
                    : "";
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "parameter";
    }
}
