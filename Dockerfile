# Push Studio: build with the Maven wrapper, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B package -DskipTests && cp target/push-studio-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 pushstudio && mkdir -p /app/data && chown pushstudio /app/data
WORKDIR /app
COPY --from=build /src/app.jar app.jar
USER pushstudio
# The data folder holds the embedded H2 database and, in sandbox mode, the generated keys: mount it to keep them.
VOLUME /app/data
ENV PUSH_STUDIO_DATA_DIR=/app/data
EXPOSE 8080
# The standalone emulator instead of the app: -e PUSH_STUDIO_EMULATOR=true -p 8443:8443 (HTTPS, certificate in /app/data).
EXPOSE 8443
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
