using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.Contracts.Http.Directory;
using SocialPrescribing.TestKit.Conventions;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class ContractOpenApiTests(DirectoryApp app)
{
    [Fact]
    public async Task The_openapi_document_names_the_same_fields_as_the_contracts_for_activities_and_search() =>
        await ContractSchemas.AssertSameFieldsAsync(app.CreateClient(),
            typeof(ActivityResponse), typeof(CostOptionResponse), typeof(ActivityRequest), typeof(ActivitySearchResponse), typeof(ActivitySearchResult));
}
