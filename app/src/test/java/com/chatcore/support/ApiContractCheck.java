package com.chatcore.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when an answer it received through {@link ApiClient} disagrees with the published
 * OpenAPI document ({@link ApiContract}); the failures are listed in the message and in
 * target/api-contract.txt.
 */
public final class ApiContractCheck implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ApiContract.begin();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ApiContract.Totals totals = ApiContract.end();
        if (!totals.failures.isEmpty()) {
            throw new AssertionError(totals.failures.size() + " of " + totals.checked
                    + " answers disagree with /v3/api-docs:\n" + String.join("\n", totals.failures));
        }
    }
}
