# syntax=docker/dockerfile:1
# The portal and its command line in one image, for `docker compose up` (see docker-compose.yml).
#
# The runtime stage is Debian 12, like the machines ./build.sh sets up, because reports are printed
# by Debian's Chromium: the .NET 10 images are Ubuntu 24.04, whose chromium package is only a snap
# wrapper that cannot run in a container. The .NET runtime is copied from the official aspnet image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY seed/ seed/
COPY templates/ templates/
RUN dotnet publish src/VendorAudit.Web/VendorAudit.Web.csproj -c Release -o /out/web \
 && dotnet publish src/VendorAudit.Cli/VendorAudit.Cli.csproj -c Release -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS dotnet

FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates libicu72 libssl3 tzdata zlib1g \
      chromium poppler-utils fonts-dejavu fonts-liberation \
 && rm -rf /var/lib/apt/lists/*
COPY --from=dotnet /usr/share/dotnet /usr/share/dotnet
# The caller-hash key file lives in the app user's config folder when VendorAudit__CallerHashKey is unset.
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && useradd --create-home --uid 1654 app \
 && mkdir -p /home/app/.config/vendoraudit \
 && chown -R app:app /home/app
COPY --from=build /out/web /app/web
COPY --from=build /out/cli /app/cli
COPY templates/ /app/templates/

ENV DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    ASPNETCORE_ENVIRONMENT=Production \
    VENDORAUDIT_CHROMIUM=/usr/bin/chromium
USER app
WORKDIR /app/web
EXPOSE 8080
# Migrate, seed the demo data (a no-op once data is there), then serve the portal.
CMD ["sh", "-c", "dotnet /app/cli/vendoraudit.dll migrate && dotnet /app/cli/vendoraudit.dll seed && exec dotnet /app/web/VendorAudit.Web.dll --urls http://0.0.0.0:8080"]
