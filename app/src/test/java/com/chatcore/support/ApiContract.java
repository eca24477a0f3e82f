package com.chatcore.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The contract test: every answer an {@link ApiClient} gets from {@code /api/**} is checked against the
 * OpenAPI document ({@code /v3/api-docs}) of the server that gave it. An answer fails the check when its
 * status is not documented for its operation, or when its body does not match the schema documented for
 * that status (or its content type is not the documented one). {@link ApiContractCheck} fails each test class that received such an answer. The last
 * document fetched is kept in target/api-docs.json.
 */
public final class ApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();
    /** A document naming fewer operations is broken: every answer would go unchecked as unrouted. */
    private static final int MIN_OPERATIONS = 40;
    private static final Path REPORT = Path.of("target", "api-contract.txt");

    private static final Totals TOTALS = new Totals();
    private static volatile Totals current;

    private ApiContract() {
    }

    /** Checks one answer of the server at {@code base}, when a test class is collecting. */
    static void check(String base, String method, URI uri, int status, String contentType, String body) {
        Totals collecting = current;
        if (collecting == null || !uri.getPath().startsWith("/api/")) {
            return;
        }
        Document document;
        try {
            document = DOCUMENTS.computeIfAbsent(base, Document::fetch);
        } catch (RuntimeException e) {
            collecting.failed(method + " " + uri.getPath() + " " + status + ": no OpenAPI document: " + e);
            return;
        }
        List<String> problems = document.check(method, uri.getPath(), status, contentType, body, collecting);
        if (!problems.isEmpty()) {
            collecting.failed(method + " " + uri.getPath() + " -> " + status + " " + abbreviate(body) + "\n    "
                    + String.join("\n    ", problems));
        }
    }

    /** What the document says is wrong with an answer, without recording it (for the contract's own test). */
    static List<String> problemsWith(String base, String method, String path, int status, String body) {
        return DOCUMENTS.computeIfAbsent(base, Document::fetch).check(method, path, status, "application/json", body,
                new Totals());
    }

    static void begin() {
        current = new Totals();
    }

    /** The failures since {@link #begin()}, added to the run's totals and written to target/api-contract.txt. */
    static Totals end() {
        Totals finished = current;
        current = null;
        synchronized (TOTALS) {
            TOTALS.add(finished);
            try {
                Files.createDirectories(REPORT.getParent());
                Files.writeString(REPORT, TOTALS.summary());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return finished;
    }

    /** The checks of one test class, or of the whole run. */
    static final class Totals {
        int checked;
        int unrouted;
        final Set<String> operations = new TreeSet<>();
        final List<String> failures = new ArrayList<>();

        synchronized void checked(String operation) {
            checked++;
            operations.add(operation);
        }

        synchronized void unrouted() {
            unrouted++;
        }

        synchronized void failed(String failure) {
            failures.add(failure);
        }

        synchronized void add(Totals other) {
            checked += other.checked;
            unrouted += other.unrouted;
            operations.addAll(other.operations);
            failures.addAll(other.failures);
        }

        synchronized String summary() {
            return "responses checked: " + checked + "\noperations covered: " + operations.size()
                    + "\nresponses to routes the document does not name (not checked): " + unrouted
                    + "\nfailures: " + failures.size()
                    + "\n\n" + String.join("\n", operations) + "\n\n"
                    + String.join("\n", failures) + "\n";
        }
    }

    /** One server's document, with its operations' path templates to name what each answer belongs to. */
    private record Document(OpenApiInteractionValidator validator, Map<String, Template> templates) {

        private record Template(String path, Pattern pattern, Set<String> methods) {
        }

        static Document fetch(String base) {
            HttpResponse<String> response;
            try {
                response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
            }
            try {
                Files.createDirectories(REPORT.getParent());
                Files.writeString(REPORT.resolveSibling("api-docs.json"), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Template> templates = new ConcurrentHashMap<>();
            JsonNode paths = JSON.readTree(response.body()).path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                Set<String> methods = new TreeSet<>();
                path.getValue().propertyNames().forEach(m -> methods.add(m.toUpperCase()));
                String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                templates.put(path.getKey(), new Template(path.getKey(), Pattern.compile(regex), methods));
            }
            long operations = templates.values().stream().mapToLong(t -> t.methods().size()).sum();
            if (operations < MIN_OPERATIONS) {
                throw new IllegalStateException("/v3/api-docs names only " + operations + " operations");
            }
            // Requests are not under test here (tests send bad ones on purpose): only responses are.
            LevelResolver levels = LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .withLevel("validation.response", ValidationReport.Level.ERROR)
                    .build();
            return new Document(OpenApiInteractionValidator.createForInlineApiSpecification(response.body())
                    .withLevelResolver(levels).build(), templates);
        }

        List<String> check(String method, String path, int status, String contentType, String body, Totals totals) {
            // The server answers paths with and without their trailing slash; the document names them without.
            String bare = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            Template template = templates.values().stream()
                    .filter(t -> t.pattern().matcher(bare).matches() && t.methods().contains(method))
                    .min((a, b) -> Long.compare(params(a.path()), params(b.path())))
                    .orElse(null);
            if (template == null) {
                totals.unrouted();
                return List.of();
            }
            totals.checked(method + " " + template.path());
            SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
            if (contentType != null) {
                response.withContentType(contentType);
            }
            if (body != null && !body.isEmpty()) {
                response.withBody(body);
            }
            ValidationReport report = validator.validateResponse(bare, Request.Method.valueOf(method),
                    response.build());
            return report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .filter(m -> !nullWhereNullable(m, body))
                    .map(m -> m.getKey() + ": " + m.getMessage())
                    .toList();
        }

        /**
         * A nullable nested object is published as {@code allOf: [$ref], nullable: true} (the only allOf in the
         * document), whose {@code nullable} the validator does not apply to the allOf: null there is valid.
         */
        private static boolean nullWhereNullable(ValidationReport.Message message, String body) {
            Matcher at = FAILED_PATH.matcher(message.getMessage());
            if (!"validation.response.body.schema.allOf".equals(message.getKey()) || !at.find() || body == null) {
                return false;
            }
            return JSON.readTree(body).at(at.group(1)).isNull();
        }

        private static long params(String path) {
            return path.chars().filter(c -> c == '{').count();
        }
    }

    private static final Pattern FAILED_PATH = Pattern.compile("\\[Path '([^']*)'\\]");

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? String.valueOf(body) : body.substring(0, 300) + "...";
    }
}
