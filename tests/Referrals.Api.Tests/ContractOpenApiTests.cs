using System.Text.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>The service's OpenAPI document describes its answers with exactly the contract types' properties, as the web reads them.</summary>
public sealed class ContractOpenApiTests(ReferralsApp app)
{
    public static TheoryData<Type> Answers() =>
        [typeof(Http.Referral), typeof(Http.ReferralView), typeof(Http.PersonSummary), typeof(Http.Connection), typeof(Http.Measurement), typeof(Http.CaseloadEntry)];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task The_documented_answer_has_the_contract_types_properties(Type contract)
    {
        var document = JsonNode.Parse(await app.Factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

        var schema = document["components"]!["schemas"]![contract.Name]!.AsObject();

        Assert.Equal(
            contract.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(),
            schema["properties"]!.AsObject().Select(p => p.Key).Order());
    }
}
