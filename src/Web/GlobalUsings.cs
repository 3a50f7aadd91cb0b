global using SocialPrescribing.Web;
