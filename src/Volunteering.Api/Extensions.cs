using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using SocialPrescribing.Messaging;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Notifications;
using SocialPrescribing.OpenApi;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Volunteering;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<VolunteeringContext>("volunteering-db");
        builder.AddMessaging<VolunteeringContext>(bus =>
        {
            bus.AddConsumer<WellbeingOutcomeRecordedConsumer>();
            bus.AddConsumer<ConnectionAttendedConsumer>();
        });
        builder.AddNotifications<VolunteeringContext>();
        builder.AddDefaultAuthentication();
        builder.Services.AddVolunteeringPolicies();
        builder.Services.AddGrpc();

        builder.Services.AddScoped<VolunteerCommands>();
        builder.Services.AddScoped<VolunteerInvitations>();
        builder.Services.AddScoped<VolunteerReminders>();
        builder.Services.AddScoped<HourLogCommands>();
        builder.Services.AddScoped<HourApprovals>();
        builder.Services.AddScoped<OrganisationSettings>();
        builder.Services.AddScoped<HourTotalsQueries>();
        builder.Services.AddScoped<ValuationSets>();
        builder.Services.AddScoped<Programmes>();
        builder.Services.AddScoped<SroiReports>();
        builder.Services.AddScoped<QualificationExpiryCheck>();
        builder.Services.AddOptions<QualificationExpiryOptions>().BindConfiguration("Qualifications");
        builder.Services.AddHostedService<QualificationExpiryMonitor>();
        builder.Services.AddScoped<ExperienceSurvey>();
        builder.Services.AddScoped<IReminderRule, SurveyInvitations>();
        builder.Services.AddScoped<EqualityData>();
        builder.Services.AddScoped<DiversityReports>();
        builder.Services.AddSingleton(DeprivationTable.FromSetting(builder.Configuration[DeprivationTable.SettingName]));

        builder.Services.AddKebabCaseEnums();
        builder.Services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new EstimateJsonConverter()));
        builder.AddDefaultOpenApi("SocialPrescribing volunteering",
            "Volunteers' profiles, checks and hour logs, VCSE organisations' approvals and commissioners' hours and SROI reports, under /api " +
            "(bearer token with the volunteering scope). Errors are RFC 9457 problem details.");
    }
}
