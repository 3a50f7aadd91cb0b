using SocialPrescribing.OpenApi;
using SocialPrescribing.Referrals.Apis;

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
    .MapRemindersApi();
app.MapGroup("/api/providers/{organisationId:guid}").RequireAuthorization(ReferralPolicies.AnswerRequests)
    .MapProvidersApi();
app.MapGroup("/api/reports").RequireAuthorization(ReferralPolicies.Reports)
    .MapReportsApi();
app.MapGrpcService<ReferralsService>().RequireAuthorization(ReferralPolicies.MatchingProfiles);

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
