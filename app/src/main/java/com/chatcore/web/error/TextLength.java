package com.chatcore.web.error;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * Bounds the length of a text field in characters (code points, as DRF counts them). A missing or
 * blank value is left to {@link RequiredText}, so such a field reports one message, not two, as in
 * DRF. {@code maxUtf8Bytes} caps the encoded size of values handed to BCrypt, which takes 72 bytes.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextLength.Validator.class)
public @interface TextLength {

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    int maxUtf8Bytes() default Integer.MAX_VALUE;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TextLength, String> {

        private TextLength bounds;

        @Override
        public void initialize(TextLength bounds) {
            this.bounds = bounds;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = problemWith(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        private String problemWith(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            int length = value.codePointCount(0, value.length());
            if (length < bounds.min()) {
                return "Asegúrese de que este campo tenga al menos " + bounds.min() + " caracteres.";
            }
            if (length > bounds.max()) {
                return "Asegúrese de que este campo no tenga más de " + bounds.max() + " caracteres.";
            }
            if (value.getBytes(StandardCharsets.UTF_8).length > bounds.maxUtf8Bytes()) {
                return "Asegúrese de que este campo no ocupe más de " + bounds.maxUtf8Bytes() + " bytes en UTF-8.";
            }
            return null;
        }
    }
}
