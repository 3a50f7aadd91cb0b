using SocialPrescribing.OpenApi;
using SocialPrescribing.Referrals.Apis;
using SocialPrescribing.Referrals.Fhir;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultOpenApi("Referrals API");

app.MapGroup("/api").RequireAuthorization(ReferralPolicies.CaseWork)
    .MapPeopleApi()
    .MapReferralsApi()
    .MapCaseloadApi()
    .MapConnectionsApi()
    .MapMessageBackApi()
    .MapRemindersApi()
    .MapLinkWorkerRemindersApi();
app.MapGroup("/api/providers/{organisationId:guid}").RequireAuthorization(ReferralPolicies.AnswerRequests)
    .MapProvidersApi()
    .MapProviderFeedbackApi();
app.MapGroup("/api/self-referrals").RequireAuthorization(ReferralPolicies.SelfReferrals)
    .MapSelfReferralsApi();
app.MapGroup("/api/reports").RequireAuthorization(ReferralPolicies.Reports)
    .MapReportsApi()
    .MapExperienceReportApi();
app.MapGroup("/api/surveys").RequireAuthorization(ReferralPolicies.Surveys)
    .MapSurveysApi();
app.MapGroup("/fhir").RequireAuthorization(ReferralPolicies.Fhir)
    .MapFhirApi();
app.MapGrpcService<ReferralsService>().RequireAuthorization(ReferralPolicies.MatchingProfiles);

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
