using SocialPrescribing.Authorization;
using SocialPrescribing.Messaging;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Notifications;
using SocialPrescribing.OpenApi;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Fhir;
using SocialPrescribing.ServiceData;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;

namespace SocialPrescribing.Referrals;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        builder.AddServiceDatabase<ReferralsContext>("referrals-db");
        builder.AddMessaging<ReferralsContext>(bus =>
        {
            bus.AddConsumer<MatchesProposedConsumer>();
            bus.AddConsumer<VolunteerRegisteredConsumer>();
            bus.AddConsumer<VolunteerChangedConsumer>();
        });
        builder.Services.AddGrpc();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ReferralPolicies.CaseWork, p => p
                .RequireRole(Roles.LinkWorker, Roles.TeamLead)
                .RequireScope(ApiScopes.Referrals))
            .AddPolicy(ReferralPolicies.AnswerRequests, p => p
                .RequireRole(Roles.VcseStaff, Roles.VcseManager, Roles.VcseClient)
                .RequireScope(ApiScopes.Referrals, ApiScopes.ReferralsConnectionsAnswer)
                .AddRequirements(new OwnerRequirement(OwnerKind.Organisation)))
            .AddPolicy(ReferralPolicies.RecordAttendance, p => p
                .RequireRole(Roles.VcseManager, Roles.VcseClient)
                .RequireScope(ApiScopes.Referrals, ApiScopes.ReferralsConnectionsAnswer)
                .AddRequirements(new OwnerRequirement(OwnerKind.Organisation)))
            .AddPolicy(ReferralPolicies.Reports, p => p
                .RequireRole(Roles.Commissioner, Roles.Administrator, Roles.TeamLead)
                .RequireScope(ApiScopes.Referrals))
            .AddPolicy(ReferralPolicies.MatchingProfiles, p => p.RequireServiceClient(ServiceClients.Matching))
            .AddPolicy(ReferralPolicies.Fhir, p => p
                .RequireRole(Roles.GpSystem)
                .RequireScope(ApiScopes.ReferralsFhir))
            .AddPolicy(ReferralPolicies.SelfReferrals, p => p.RequireServiceClient(ServiceClients.Web).RequireScope(ApiScopes.Referrals))
            .AddPolicy(ReferralPolicies.Surveys, p => p.RequireServiceClient(ServiceClients.Web).RequireScope(ApiScopes.Referrals));

        builder.Services.AddKebabCaseEnums();
        builder.AddDefaultOpenApi("SocialPrescribing referrals",
            "Case management for link workers and team leads under /api (bearer token with the referrals scope; changes need the ETag in If-Match), " +
            "requests to VCSE providers under /api/providers/{organisationId}, and aggregate reports under /api/reports. Errors are RFC 9457 problem details. " +
            "GP systems send referrals as FHIR R4 under /fhir (see GET /fhir/metadata).");

        builder.Services.AddSingleton<IWorkingDayCalendar>(new EnglandAndWalesBankHolidays());
        builder.Services.AddSingleton<ConnectionLifecycle>();
        builder.Services.AddSingleton<FhirValidation>();
        builder.Services.AddSingleton(services => DeprivationTable.FromSetting(services.GetRequiredService<IConfiguration>()[DeprivationTable.SettingName]));
        builder.Services.AddScoped<Caseload>();
        builder.Services.AddSingleton(services => SelfReferralTeams.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<ConnectionMoves>();
        builder.Services.AddScoped<ConnectionExpiry>();
        builder.Services.AddScoped<LinkWorkers>();
        builder.Services.AddScoped<CaseServices>();
        builder.Services.AddScoped<PersonCommands>();
        builder.Services.AddScoped<ReferralCommands>();
        builder.Services.AddHostedService<ConnectionExpiryJob>();

        // Places are held for the service itself (the expiry job has no user), so it uses its own token.
        builder.Services.AddGrpcClient<DirectoryClient>(o => o.Address = new Uri("http://_grpc.directory"))
            .RetrySideEffectFreeMethods(SocialPrescribing.Contracts.Directory.Directory.Descriptor)
            .AddServiceToken();
        builder.Services.AddScoped<IPlaces, DirectoryPlaces>();
        builder.Services.AddScoped<IActivityDirectory, DirectoryActivities>();
        builder.Services.AddScoped<ITaxonomyTerms, DirectoryTaxonomy>();
        builder.Services.AddScoped<ConnectionProviders>();
        builder.AddNotifications<ReferralsContext>();
        builder.Services.AddScoped<IActivitySchedules, DirectorySchedules>();
        builder.Services.AddSingleton<ReminderDays>();
        builder.Services.AddScoped<IReminderRule, ActivityReminders>();
        builder.Services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section);
        builder.Services.AddScoped<SurveyInvitations>();
        builder.Services.AddScoped<IReminderRule, LinkWorkerReminders>();
        builder.Services.AddScoped<IReminderRule, FollowUpWellbeingReminders>();
    }
}
