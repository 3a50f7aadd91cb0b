using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace SocialPrescribing.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>The service's OpenAPI document at /openapi/v1.json, with every operation's problem responses.</summary>
    public static IHostApplicationBuilder AddDefaultOpenApi(this IHostApplicationBuilder builder, string title, string description, Action<Microsoft.AspNetCore.OpenApi.OpenApiOptions>? configure = null)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddOperationTransformer<ProblemResponses>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = title;
                document.Info.Description = description;
                return Task.CompletedTask;
            });
            configure?.Invoke(options);
        });
        return builder;
    }

    /// <summary>The document and its Scalar reference page at /scalar/v1.</summary>
    public static IEndpointRouteBuilder MapDefaultOpenApi(this IEndpointRouteBuilder app, string title)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle(title));
        return app;
    }
}
