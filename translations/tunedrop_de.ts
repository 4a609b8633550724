<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CoverArt</name>
    <message>
        <location filename="../core/transcode/CoverArt.cpp" line="+59"/>
        <source>The cover image is damaged or in an unsupported format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>This FFmpeg build cannot decode the cover image format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+24"/>
        <source>Out of memory while reading the cover image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The cover image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The cover image could not be converted to JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+16"/>
        <source>This FFmpeg build cannot write JPEG cover images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The cover image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cover image is not a JPEG, PNG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <location filename="../core/transcode/EncoderSettings.cpp" line="+44"/>
        <source>%1 kbps is not an MP3 bitrate. Choose one of 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256 or 320.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VBR quality must be between 0 (best) and 9 (smallest), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CBR %1 kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VBR V%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcoder</name>
    <message>
        <location filename="../core/transcode/Mp3Encoder.cpp" line="+23"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The MP3 encoder does not accept %1 at %2 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+103"/>
        <source>error: --headless currently needs --once and the items to convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop</name>
    <message>
        <location filename="../core/transcode/Transcoder.cpp" line="+60"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder, not a media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TuneDrop may not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::AudioSource</name>
    <message>
        <location filename="../core/transcode/AudioSource.cpp" line="+54"/>
        <location line="+123"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+263"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-256"/>
        <source>“%1” is not an audio or video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” has no sound: it contains no audio track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>TuneDrop cannot decode the audio of “%1” (codec %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TuneDrop cannot decode the audio of “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>TuneDrop cannot convert the audio format of “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>“%1” contains no audio that can be decoded; it may be damaged or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input is damaged after %1 s (%2); the audio up to there was converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The input ends early (truncated?): converted %1 s of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+27"/>
        <source>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert the given items, print the path of each MP3, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep all settings and state in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write MP3 files to &lt;dir&gt; (default: the library folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant bitrate in kbps, 32 to 320 (default 192).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many conversions run at once, 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always re-encode, even MP3 sources that could be copied losslessly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links or local media files to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[items...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose either --bitrate or --vbr, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bitrate or quality must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--workers must be between 1 and 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--once needs at least one link or file to convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="+34"/>
        <source>TuneDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste or drop a link or a media file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MP3s are saved to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::Mp3StreamCopier</name>
    <message>
        <location filename="../core/transcode/Mp3StreamCopier.cpp" line="+41"/>
        <source>“%1” has no MPEG audio frames to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read “%1”: the file ended early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::OnceRunner</name>
    <message>
        <location filename="../app/OnceRunner.cpp" line="+74"/>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::Transcoder</name>
    <message>
        <location filename="../core/transcode/Transcoder.cpp" line="+54"/>
        <source>The cover picture was left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::averror</name>
    <message>
        <location filename="../core/transcode/AvError.cpp" line="+31"/>
        <source>“%1” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to “%1” was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” uses a format TuneDrop cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a media file TuneDrop can read, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not download “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Could not read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The disk is full: could not write “%1”. Free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TuneDrop may not write to “%1”. Choose another output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The output folder for “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
