# Multi-stage build: the fast-jar built with the frontend, run as a non-root user,
# the H2 database file in a volume.
#   docker build -t stanceline .
#   docker run -p 8080:8080 -v stanceline-db:/deployments/var \
#     -e STANCELINE_ANALYST_PASSWORD=... -e STANCELINE_ADMIN_PASSWORD=... stanceline

FROM node:20-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Dquarkus.quinoa=false || true
COPY frontend/package.json frontend/package-lock.json frontend/
COPY frontend/ frontend/
COPY src/ src/
COPY data/ data/
ENV CI=true
RUN ./mvnw -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 --no-create-home --home-dir /deployments stanceline \
 && mkdir -p /deployments/var && chown -R 1001 /deployments
WORKDIR /deployments
COPY --from=build --chown=1001 /src/target/quarkus-app/ ./
COPY --from=build --chown=1001 /src/data/ ./data/
USER 1001
VOLUME /deployments/var
EXPOSE 8080
ENV STANCELINE_DB_FILE=/deployments/var/stanceline \
    STANCELINE_DATA_DIR=/deployments/data \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -Xms64m -XX:G1PeriodicGCInterval=30000 -XX:MaxHeapFreeRatio=40 -Djava.awt.headless=true"
HEALTHCHECK --interval=30s --timeout=3s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
