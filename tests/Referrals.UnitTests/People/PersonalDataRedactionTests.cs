using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SocialPrescribing.Referrals.Domain.People;

namespace SocialPrescribing.Referrals.UnitTests.People;

/// <summary>
/// The types that hold a person mark what is personal, so logging one with the services' logging set-up writes none
/// of it: names, dates of birth, NHS numbers, contact details, postcodes and notes stay out of every log.
/// </summary>
public sealed partial class PersonalDataRedactionTests
{
    [Fact]
    public void Logging_a_person_keeps_who_they_are_and_how_to_reach_them_out_of_the_log()
    {
        var profile = Profiles.BornOn(new DateOnly(1961, 4, 23)) with
        {
            Contact = new ContactDetails(ContactMethod.Email, phone: "0113 496 0000", mobile: "07700 900123",
                email: "amira.khan@example.com", address: "12 Cardigan Road"),
            AccessibilityNote = "Uses a wheelchair since her stroke",
        };
        using var host = HostWithServiceLogging();
        var logger = host.Services.GetRequiredService<ILogger<PersonalDataRedactionTests>>();

        LogProfile(logger, profile);

        var record = host.Services.GetFakeLogCollector().LatestRecord;
        var logged = string.Join('\n', record.StructuredState!.Select(pair => $"{pair.Key}={pair.Value}"));
        foreach (var personal in new[]
                 { "Amira", "Khan", "943", "4765919", "1961", "07700", "0113", "example.com", "Cardigan", "LS6", "3HN", "stroke" })
        {
            Assert.DoesNotContain(personal, logged, StringComparison.OrdinalIgnoreCase);
        }
        // What is not personal still reaches the log, so the log line is there and was redacted, not dropped.
        Assert.Contains("Urdu", logged);
        Assert.Contains("IsCarer = True", logged);
    }

    private static IHost HostWithServiceLogging()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddPersonalDataRedaction();
        builder.Logging.AddFakeLogging();
        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile changed")]
    private static partial void LogProfile(ILogger logger, [LogProperties] PersonProfile profile);
}
