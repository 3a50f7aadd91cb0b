using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace SocialPrescribing.Conventions;

/// <summary>The HTTP conventions every service's API follows; docs/conventions.md shows each with an example.</summary>
public static class ConventionExtensions
{
    /// <summary>After the edge's handler, which answers for bodies that do not bind; this one for refusals once they do.</summary>
    public static IServiceCollection AddProblemConventions(this IServiceCollection services) =>
        services.AddExceptionHandler<ProblemExceptionHandler>();

    /// <summary>
    /// Enum values go out and come in kebab-case ("awaiting-triage"), the public Open Referral UK API's style;
    /// numbers are refused so a client cannot depend on an enum's order.
    /// </summary>
    public static IServiceCollection AddKebabCaseEnums(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(KebabCaseEnums()));

    public static JsonStringEnumConverter KebabCaseEnums() => new(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
}
