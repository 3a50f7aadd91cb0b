using SocialPrescribing.Contracts.Http.Volunteering;
using SocialPrescribing.TestKit.Conventions;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class ContractOpenApiTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task The_openapi_document_names_the_same_fields_as_the_contracts_for_the_key_answers()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);

        await ContractSchemas.AssertSameFieldsAsync(app.CreateClient(),
            typeof(HourLogResponse), typeof(VolunteerResponse), typeof(InvitationResponse), typeof(HoursReport), typeof(DiversityReport),
            typeof(SroiReportResponse), typeof(StoredValuationSetResponse));
    }
}
