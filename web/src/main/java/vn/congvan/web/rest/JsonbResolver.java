package vn.congvan.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One {@link Jsonb} for every request and response. Without a resolver, RESTEasy's JSON-B provider builds a
 * new {@code Jsonb} for each body it reads or writes (a service-loader scan), and with it loses the cached
 * serializers of our views: about a sixth of a registration's CPU in the profile of docs/bench/registration.md.
 * The settings are JSON-B's defaults, as before; a {@code Jsonb} is thread-safe.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
