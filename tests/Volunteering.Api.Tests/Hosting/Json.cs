using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Volunteering.Api.Tests.Hosting;

/// <summary>Reading the service's JSON answers as it writes them (web defaults, kebab-case enums).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Options, TestContext.Current.CancellationToken);

    /// <summary>The field names of a validation problem's errors.</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var problem = await ReadAsync(response);
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }
}
