package com.chatcore.config;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * OpenAPI 3.0 reads a property without {@code nullable} as never null, while our bodies send {@code null}
 * for absent values (an unassigned chat's {@code agent}, a guest without e-mail): every property of a
 * reference type is published as nullable; primitives never are. A nested object's property becomes
 * {@code allOf: [$ref], nullable: true}, since 3.0 ignores any keyword beside a {@code $ref}; array items
 * stay as they are (never null).
 */
@Component
class NullablePropertiesOpenApi implements PropertyCustomizer, OpenApiCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || property.get$ref() != null || isPrimitive(type.getType())) {
            return property;
        }
        return property.nullable(true);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                continue;
            }
            properties.replaceAll((name, property) -> property.get$ref() == null ? property
                    : new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref()))).nullable(true)
                            .description(property.getDescription()));
        }
    }

    private static boolean isPrimitive(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive();
        }
        if (type instanceof JavaType javaType) {
            return javaType.isPrimitive();
        }
        return TypeFactory.defaultInstance().constructType(type).isPrimitive();
    }
}
