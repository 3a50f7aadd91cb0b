using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Npgsql;
using SocialPrescribing.Compliance;
using SocialPrescribing.Conventions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SocialPrescribing.Edge;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The cross-cutting defaults every service shares, shaped like .NET Aspire's ServiceDefaults
/// so the services would run unchanged under a real Aspire AppHost.
/// </summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddQuietTransientFailures();
        builder.AddPersonalDataRedaction();

        builder.Services.AddServiceDiscovery();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<SafeGrpcMethods>();
        builder.Services.AddRequestEdge();
        builder.Services.AddProblemConventions();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // gRPC clients are HttpClients too, so they get the same resilience and discovery.
            http.AddStandardResilienceHandler()
                .Configure((options, services) => options.Retry.RetryOnlySafeRequests(services.GetRequiredService<SafeGrpcMethods>()));
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter(Telemetry.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource("MassTransit")
                .AddSource(Telemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(o =>
                    o.Filter = ctx => !ctx.Request.Path.StartsWithSegments(HealthEndpointPath)
                                      && !ctx.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// A call that fails while another service (identity, at a cold start) is still starting throws to its caller,
    /// which logs it once: a request's failure with its stack trace, a background loop's retry in one line. The
    /// resilience handler's per-attempt warnings and the gRPC client's "error starting call" would repeat the
    /// same exception with its stack trace at every attempt, so they are left out.
    /// </summary>
    public static TBuilder AddQuietTransientFailures<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Logging.AddFilter("Grpc.Net.Client.Internal.GrpcCall", LogLevel.Critical);
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// Logs must never carry personal data: anything classified as personal is erased by
    /// the redactor before it reaches a log sink.
    /// </summary>
    public static TBuilder AddPersonalDataRedaction<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.EnableRedaction();
        builder.Services.AddRedaction(redaction =>
            redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(DataClassifications.PersonalData)));
        return builder;
    }

    /// <param name="app">The service.</param>
    /// <param name="errorsAsProblemDetails">
    /// True for APIs. A site for people passes false and shows its own error pages (set up before this call).
    /// </param>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool errorsAsProblemDetails = true)
    {
        if (errorsAsProblemDetails)
        {
            app.UseExceptionHandler();
            app.UseStatusCodePages();
        }
        app.UseRequestEdge();

        // All checks (database, broker) must pass for /health; only the process itself for /alive.
        app.MapHealthChecks(HealthEndpointPath, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });
        return app;
    }
}
