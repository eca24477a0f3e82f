# Builds the server from this repository and runs it against the PostgreSQL named by
# SPRING_DATASOURCE_URL (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

# Java 25 runs the same jar with about a fifth less CPU per message than 17 (README, "Where the CPU goes").
FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --uid 1001 chat && mkdir -p /app/data && chown chat /app/data
COPY --from=build /src/app/target/chatcore.jar /app/chatcore.jar
USER chat
ENV CHAT_DATA_DIR=/app/data AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/chatcore.jar"]
