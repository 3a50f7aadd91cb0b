using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace SocialPrescribing.TestKit.Conventions;

/// <summary>A service's OpenAPI document describes its answers with the same fields as the shared contracts (src/Contracts/Http) its clients read.</summary>
public static class ContractSchemas
{
    public static async Task AssertSameFieldsAsync(HttpClient service, params Type[] contracts)
    {
        var schemas = JsonNode.Parse(await service.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!["components"]!["schemas"]!;
        Assert.All(contracts, contract =>
        {
            var schema = schemas[contract.Name] ?? throw new Xunit.Sdk.XunitException($"The OpenAPI document has no schema {contract.Name}.");
            var documented = schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
            var declared = contract.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal);
            Assert.Equal(declared, documented);
        });
    }
}
