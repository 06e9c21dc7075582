package vn.congvan.domain.model.incoming;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a priority as its edXML code. */
@Converter
public class PriorityConverter implements AttributeConverter<Priority, Integer> {
    @Override
    public Integer convertToDatabaseColumn(Priority p) {
        return p == null ? null : p.code();
    }

    @Override
    public Priority convertToEntityAttribute(Integer code) {
        return code == null ? null : Priority.ofCode(code);
    }
}
