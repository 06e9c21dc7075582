package vn.congvan.application.common;

import jakarta.persistence.Query;

import java.util.Map;

/**
 * A condition of a JPQL WHERE clause and the values of its named parameters: a rule written once and
 * ANDed into every query that needs it (lists, counts, exports, single-document checks).
 *
 * @param jpql       the condition, parenthesised, to be ANDed into a WHERE clause
 * @param parameters its parameters, by name
 */
public record JpqlCondition(String jpql, Map<String, Object> parameters) {

    public JpqlCondition {
        parameters = Map.copyOf(parameters);
    }

    /** Sets the condition's parameters on the query (and returns it). */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
