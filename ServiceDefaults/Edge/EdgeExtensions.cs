using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SocialPrescribing.Edge;

/// <summary>Validation at every service's edge: the same rules for text, dates and lists wherever input comes in.</summary>
public static class EdgeExtensions
{
    public static IServiceCollection AddRequestEdge(this IServiceCollection services)
    {
        // After each service's own JSON configuration, so a resolver it sets is checked too.
        services.PostConfigure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolver =
            (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(RequestShape.Modify));
        // Binding failures throw, so UnreadableRequestHandler can name the field in a problem-details body.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        return services;
    }

    public static IApplicationBuilder UseRequestEdge(this IApplicationBuilder app) => app.UseMiddleware<RequestTextMiddleware>();
}
