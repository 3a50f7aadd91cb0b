using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Contracts.Http.Volunteering;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>The service's OpenAPI document describes its answers with the same fields as the shared contracts the web reads.</summary>
public sealed class ContractOpenApiTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task The_openapi_document_names_the_same_fields_as_the_contracts_for_the_key_answers()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var schemas = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!["components"]!["schemas"]!;

        Type[] contracts = [typeof(HourLogResponse), typeof(VolunteerResponse), typeof(InvitationResponse), typeof(HoursReport), typeof(DiversityReport), typeof(SroiReportResponse), typeof(StoredValuationSetResponse)];
        Assert.All(contracts, contract =>
        {
            var schema = schemas[contract.Name] ?? throw new Xunit.Sdk.XunitException($"The OpenAPI document has no schema {contract.Name}.");
            var documented = schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
            var declared = contract.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(StringComparer.Ordinal);
            Assert.Equal(declared, documented);
        });
    }
}
