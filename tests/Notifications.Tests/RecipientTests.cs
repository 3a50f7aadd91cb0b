using SocialPrescribing.Notifications.Model;

namespace SocialPrescribing.Notifications.Tests;

public sealed class RecipientTests
{
    [Theory]
    [InlineData(ReminderPreference.Email, "a@example.org", "07700900123", NotificationChannel.Email, "a@example.org")]
    [InlineData(ReminderPreference.Text, "a@example.org", "07700900123", NotificationChannel.Text, "07700900123")]
    public void A_reminder_goes_by_the_channel_the_recipient_chose(ReminderPreference preference, string email, string mobile, NotificationChannel channel, string address)
    {
        Assert.Equal((channel, address), new Recipient("person", Guid.NewGuid(), preference, email, mobile).Route);
    }

    [Theory]
    [InlineData(ReminderPreference.None, "a@example.org", "07700900123")]
    [InlineData(ReminderPreference.Text, "a@example.org", null)]
    [InlineData(ReminderPreference.Email, null, "07700900123")]
    public void No_reminder_goes_to_someone_who_opted_out_or_to_a_channel_without_an_address(ReminderPreference preference, string? email, string? mobile)
    {
        Assert.Null(new Recipient("person", Guid.NewGuid(), preference, email, mobile).Route);
    }
}
