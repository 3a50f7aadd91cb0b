using System.Text.Json.Nodes;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>A parameter as the OpenAPI document describes it; <see cref="Schema"/> has its references resolved.</summary>
public sealed record FuzzParameter(string Name, JsonNode? Schema);

/// <summary>One operation of a service's OpenAPI document, as the fuzzer sends it.</summary>
/// <param name="BodySchema">The JSON body's schema, or null when the operation takes no JSON body.</param>
/// <param name="FormFields">Fields of a form body (the document's, or ones the test names for endpoints that read the form themselves).</param>
public sealed record FuzzOperation(
    HttpMethod Method,
    string PathTemplate,
    IReadOnlyList<FuzzParameter> PathParameters,
    IReadOnlyList<FuzzParameter> QueryParameters,
    JsonNode? BodySchema,
    IReadOnlyList<string> FormFields)
{
    public override string ToString() => $"{Method} {PathTemplate}";
}
