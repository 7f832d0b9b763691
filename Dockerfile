# Push Studio: build with the Maven wrapper, run on a JRE as a non-root user.
# The base images are build arguments so that a build without a registry (CI) can pass local ones;
# anyone else gets Eclipse Temurin.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B package -DskipTests && cp target/push-studio-*.jar /src/app.jar

FROM ${RUNTIME_IMAGE}
# /app/shared: where several instances mount the folder they share for uploaded files (PUSH_STUDIO_UPLOAD_FOLDER);
# made here so that a named volume mounted on it starts owned by the app's user.
RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin pushstudio && mkdir -p /app/data /app/shared \
    && chown pushstudio /app/data /app/shared && chmod 0700 /app/data /app/shared
WORKDIR /app
COPY --from=build /src/app.jar app.jar
COPY .docker/healthcheck /app/healthcheck
USER 10001
# The data folder holds the embedded H2 database and, in sandbox mode, the generated keys: mount it to keep them.
VOLUME /app/data
ENV PUSH_STUDIO_DATA_DIR=/app/data
EXPOSE 8080
# The standalone emulator instead of the app: -e PUSH_STUDIO_EMULATOR=true -p 8443:8443 (HTTPS, certificate in /app/data).
EXPOSE 8443
# Asks the app's /actuator/health/liveness (the emulator: whether its port accepts connections) with bash
# alone: the runtime image need not carry curl or wget.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["/app/healthcheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
