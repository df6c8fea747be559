#!/usr/bin/env bash
# make-sounds.sh — regenerate every sound in assets/audio/ from pure sox synthesis.
#
# No samples are downloaded or read: each sound is built from sox's `synth`
# generators (sine / triangle / noise / exp envelopes), filters and reverb.
#
# Output (each as .ogg + .mp3, mono, 22050 Hz):
#   click   UI click                         ~0.05 s  peak -3 dBFS
#   deploy  low march-drum thud              ~0.3 s   peak -3 dBFS
#   treaty  gentle rising 3-note chime       ~0.8 s   peak -3 dBFS
#   crisis  pulsing two-tone alarm           ~1.2 s   peak -3 dBFS
#   war     low rumbling boom with decay     ~2 s     peak -3 dBFS
#   peace   calm resolved major chord        ~2.2 s   peak -3 dBFS
#   music   quiet tense ambient loop         24 s     peak -14 dBFS
#
# Encoding: Ogg Vorbis quality 2 (effects) / 0 (music); MP3 CBR 56 kbps.
# Howler: list the .ogg first, e.g. src: ['audio/music.ogg', 'audio/music.mp3'];
# Vorbis is sample-exact, so it gives the cleanest loop. The music loop also
# fades to silence at both ends, so any MP3 encoder padding a browser fails to
# trim (LAME adds ~50 ms) falls into silence and the loop point stays inaudible.
#
# Requirements: sox 14.4 with libsox-fmt-all (ogg + mp3 writing via libmp3lame);
# the `lame` CLI (Debian package `lame`) is preferred for MP3 when installed.
# Usage: scripts/make-sounds.sh            (from anywhere; writes assets/audio/)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/assets/audio"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

SR=44100          # synthesis rate (avoids aliasing of triangle/noise); output is resampled
OUT_SR=22050      # delivered sample rate
FX_PEAK=-3        # dBFS peak for effects
MUSIC_PEAK=-14    # dBFS peak for the music loop
OGG_Q_FX=2        # Vorbis quality for effects
OGG_Q_MUSIC=0     # Vorbis quality for music (dominates total size)
MP3_KBPS=56       # MP3: 56 kbps CBR (LAME algorithm quality 2). Not 48: at 22050 Hz
                  # a 48 kbps frame (156 bytes) is too small for LAME's Info tag.

# Intermediates are 32-bit float WAV. sox still clips at 0 dBFS inside a chain, so
# every generator is followed by `gain -6` and mix weights (-v) sum to <= 1;
# the script runs with no "clipped" warnings. Levels are set at the end by `finish`.
# -R: repeatable (fixed seed for noise), so reruns give identical audio.
S=(sox -q -D -R)                               # -D: no dither on float intermediates
NEW=(-n -r "$SR" -c 1 -e floating-point -b 32) # "new silent mono file" arguments
W() { echo "$WORK/$1.wav"; }

# tone FILE LEN FREQ DECAY_DB [TYPE] : one tone of LEN s with an exponential decay
# of DECAY_DB dB over its length (the exp-amod trick: an exp wave at 1/LEN Hz,
# rising for 0% of its cycle, multiplied onto the tone), 3 ms attack.
tone() {
  local f=$1 len=$2 freq=$3 decay=$4 type=${5:-sine}
  local rate half
  rate=$(awk -v l="$len" 'BEGIN{printf "%.6f", 1/l}')
  half=$(awk -v d="$decay" 'BEGIN{printf "%.3f", d/2}')   # exp p2 is in units of 2 dB
  "${S[@]}" "${NEW[@]}" "$f" synth "$len" "$type" "$freq" \
    synth "$len" exp amod "$rate" 0 0 0 "$half" fade q 0.003 gain -6
}

# noise FILE LEN COLOUR DECAY_DB : decaying noise burst (same envelope as tone)
noise() {
  local f=$1 len=$2 colour=$3 decay=$4 rate half
  rate=$(awk -v l="$len" 'BEGIN{printf "%.6f", 1/l}')
  half=$(awk -v d="$decay" 'BEGIN{printf "%.3f", d/2}')
  "${S[@]}" "${NEW[@]}" "$f" synth "$len" "$colour" \
    synth "$len" exp amod "$rate" 0 0 0 "$half" fade q 0.002 gain -6
}

# finish NAME MASTER PEAK OGG_Q : normalise peak, resample, encode .ogg + .mp3.
# `gain -n` normalises the float master; encoders can overshoot by a fraction of
# a dB, which is why the result is checked afterwards.
finish() {
  local name=$1 master=$2 peak=$3 q=$4
  local norm="$WORK/$name.norm.wav"
  "${S[@]}" "$master" -e signed-integer -b 16 "$norm" \
    gain -6 rate -v "$OUT_SR" gain -n "$peak"
  "${S[@]}" "$norm" -C "$q" "$OUT/$name.ogg"
  if command -v lame >/dev/null; then
    # lame CLI writes the LAME/Info tag (encoder delay + padding), which browsers
    # use to trim the ~50 ms of codec silence at the start and end.
    lame --quiet --noreplaygain -m m --cbr -b "$MP3_KBPS" -q 2 "$norm" "$OUT/$name.mp3"
  else
    # fallback: sox's own libmp3lame writer (no Info tag, so ~50 ms lead-in)
    "${S[@]}" "$norm" -C "$MP3_KBPS.2" "$OUT/$name.mp3"
  fi
}

# ---------------------------------------------------------------------------
# click — soft UI click, 50 ms.
# A short sine "tick" falling 1.6 kHz -> 900 Hz plus a breath of pink noise,
# both dying away by ~60 dB within 50 ms; low-passed at 4 kHz so it stays soft.
# ---------------------------------------------------------------------------
make_click() {
  "${S[@]}" "${NEW[@]}" "$(W click_t)" synth 0.05 sine 1600/900 \
    synth 0.05 exp amod 20 0 0 0 30 fade q 0.001
  noise "$(W click_n)" 0.05 pinknoise 70
  "${S[@]}" -m -v 0.8 "$(W click_t)" -v 0.2 "$(W click_n)" "$(W click)" \
    lowpass 4000 highpass 200 fade q 0 0.05 0.01
  finish click "$(W click)" "$FX_PEAK" "$OGG_Q_FX"
}

# ---------------------------------------------------------------------------
# deploy — low thud like a marching bass drum with a snare "snap", 0.3 s.
# Body: sine sweeping 140 -> 45 Hz, decaying 45 dB. Skin: low-passed brown
# noise, decaying faster. Shell: a 190 -> 150 Hz tone that dies quickly and keeps
# the hit audible on small laptop/phone speakers. Snap: band-limited white noise,
# very short, quiet.
# ---------------------------------------------------------------------------
make_deploy() {
  tone  "$(W dep_body)" 0.3 140/45 45
  tone  "$(W dep_shell)" 0.3 190/150 80
  noise "$(W dep_skin)" 0.3 brownnoise 70
  "${S[@]}" "$(W dep_skin)" "$(W dep_skin2)" lowpass 700
  noise "$(W dep_snap)" 0.3 whitenoise 120
  "${S[@]}" "$(W dep_snap)" "$(W dep_snap2)" highpass 1500 lowpass 5000
  "${S[@]}" -m -v 0.45 "$(W dep_body)" -v 0.2 "$(W dep_shell)" -v 0.27 "$(W dep_skin2)" \
    -v 0.08 "$(W dep_snap2)" \
    "$(W deploy)" highpass 30 fade q 0.002 0.3 0.06
  finish deploy "$(W deploy)" "$FX_PEAK" "$OGG_Q_FX"
}

# ---------------------------------------------------------------------------
# treaty — gentle rising chime C5 -> E5 -> G5 (notes 120 ms apart), 0.8 s.
# Each note = sine fundamental + quieter octave + faint 3rd harmonic, bell-like
# exponential decay; a little reverb glues them together.
# ---------------------------------------------------------------------------
make_treaty() {
  local i=0 delay f
  local parts=()
  for f in 523.25 659.26 783.99; do          # C5 E5 G5
    delay=$(awk -v i="$i" 'BEGIN{printf "%.3f", i*0.12}')
    tone "$(W tr_f$i)" 0.8 "$f" 40
    tone "$(W tr_o$i)" 0.8 "$(awk -v f="$f" 'BEGIN{print 2*f}')" 55
    tone "$(W tr_h$i)" 0.8 "$(awk -v f="$f" 'BEGIN{print 3*f}')" 70
    "${S[@]}" -m -v 0.72 "$(W tr_f$i)" -v 0.22 "$(W tr_o$i)" -v 0.06 "$(W tr_h$i)" \
      "$(W tr_n$i)" pad "$delay"
    parts+=(-v 0.33 "$(W tr_n$i)")
    i=$((i + 1))
  done
  "${S[@]}" -m "${parts[@]}" "$(W treaty_dry)" trim 0 0.8 gain -3
  "${S[@]}" "$(W treaty_dry)" "$(W treaty)" reverb 30 50 60 100 0 fade q 0 0.8 0.2
  finish treaty "$(W treaty)" "$FX_PEAK" "$OGG_Q_FX"
}

# ---------------------------------------------------------------------------
# crisis — pulsing two-tone alarm (hi/lo like a European siren), 1.2 s.
# 4 x (587 Hz + 440 Hz) beeps of 150 ms; triangle waves (softer than square),
# each beep with 15 ms / 70 ms rounded edges so it pulses rather than buzzes;
# low-passed at 2.5 kHz so it is urgent but not ear-splitting.
# ---------------------------------------------------------------------------
make_crisis() {
  "${S[@]}" "${NEW[@]}" "$(W cr_hi)" synth 0.15 triangle 587 fade h 0.015 0.15 0.07
  "${S[@]}" "${NEW[@]}" "$(W cr_lo)" synth 0.15 triangle 440 fade h 0.015 0.15 0.07
  "${S[@]}" "$(W cr_hi)" "$(W cr_lo)" "$(W cr_pair)"
  "${S[@]}" "$(W cr_pair)" "$(W crisis)" repeat 3 \
    lowpass 2500 highpass 150 gain -6 reverb 15 50 30 100 0 fade q 0 1.2 0.1
  finish crisis "$(W crisis)" "$FX_PEAK" "$OGG_Q_FX"
}

# ---------------------------------------------------------------------------
# war — low rumbling boom with a long decay, 2 s.
# Boom: sine 90 -> 28 Hz decaying 50 dB. Blast: short low-passed white noise
# crack. Rumble: brown noise low-passed at 250 Hz with a 9 Hz tremolo for a
# rolling texture, decaying 45 dB. Overdrive adds grit and the upper harmonics
# that let the boom come through small speakers; reverb for space.
# ---------------------------------------------------------------------------
make_war() {
  tone  "$(W war_boom)" 2 90/28 50
  noise "$(W war_crack)" 0.25 whitenoise 60
  "${S[@]}" "$(W war_crack)" "$(W war_crack2)" lowpass 1800 pad 0 1.75
  noise "$(W war_rumble)" 2 brownnoise 45
  "${S[@]}" "$(W war_rumble)" "$(W war_rumble2)" lowpass 250 tremolo 9 40
  "${S[@]}" -m -v 0.4 "$(W war_boom)" -v 0.15 "$(W war_crack2)" -v 0.45 "$(W war_rumble2)" \
    "$(W war_dry)" overdrive 10 gain -6
  "${S[@]}" "$(W war_dry)" "$(W war)" reverb 60 40 80 100 0 \
    highpass 25 lowpass 3000 fade q 0.004 2 0.5
  finish war "$(W war)" "$FX_PEAK" "$OGG_Q_FX"
}

# ---------------------------------------------------------------------------
# peace — calm, resolved C major chord (C3 G3 C4 E4 G4), 2.2 s.
# Notes are rolled 40 ms apart; each is a pair of sines detuned by 0.7 Hz for
# a slow chorus shimmer, plus a quiet octave partial for warmth/presence, with
# a soft 80 ms attack and gentle 30 dB decay (the octave decays faster).
# Warm low-pass and a large soft reverb.
# ---------------------------------------------------------------------------
make_peace() {
  local i=0 f delay
  local parts=()
  for f in 130.81 196.00 261.63 329.63 392.00; do   # C3 G3 C4 E4 G4
    delay=$(awk -v i="$i" 'BEGIN{printf "%.3f", i*0.04}')
    tone "$(W pc_a$i)" 2.2 "$f" 30
    tone "$(W pc_b$i)" 2.2 "$(awk -v f="$f" 'BEGIN{print f+0.7}')" 30
    tone "$(W pc_c$i)" 2.2 "$(awk -v f="$f" 'BEGIN{print 2*f}')" 45
    "${S[@]}" -m -v 0.42 "$(W pc_a$i)" -v 0.42 "$(W pc_b$i)" -v 0.16 "$(W pc_c$i)" \
      "$(W pc_n$i)" fade h 0.08 pad "$delay"
    parts+=(-v 0.2 "$(W pc_n$i)")
    i=$((i + 1))
  done
  "${S[@]}" -m "${parts[@]}" "$(W peace_dry)" trim 0 2.2 lowpass 2500 gain -3
  "${S[@]}" "$(W peace_dry)" "$(W peace)" reverb 50 50 90 100 10 fade q 0 2.2 0.5
  finish peace "$(W peace)" "$FX_PEAK" "$OGG_Q_FX"
}

# ---------------------------------------------------------------------------
# music — quiet, slightly tense ambient loop, exactly 24 s.
# * Drone on A minor (A1 A2 C3 E3 A3) with a second A2 detuned by +0.5 Hz so the
#   chord beats slowly; all frequencies are multiples of 0.25 Hz, so every
#   partial completes a whole number of cycles in 24 s (periodic content).
# * Gentle 0.25 Hz tremolo (period 4 s, also divides 24 s).
# * Soft "heartbeat" pulses: a muffled 60 -> 40 Hz thud pair every 2 s.
# * Sparse distant high tones: E5 at 4 s, F5 (the tense minor 6th) at 11 s,
#   E5 again at 18 s, each with a slow decay and plenty of reverb.
# * Faint low-passed pink-noise "air".
# The edges fade (1.5 s quarter-sine) to silence so the loop point is inaudible
# in any format, including MP3 with its encoder padding.
# ---------------------------------------------------------------------------
make_music() {
  local L=24
  # drone: each voice separately so the mix levels can be set
  "${S[@]}" "${NEW[@]}" "$(W mu_a1)" synth $L sine 55
  "${S[@]}" "${NEW[@]}" "$(W mu_a2)" synth $L triangle 110
  "${S[@]}" "${NEW[@]}" "$(W mu_a2d)" synth $L sine 110.5
  "${S[@]}" "${NEW[@]}" "$(W mu_c3)" synth $L triangle 130.75
  "${S[@]}" "${NEW[@]}" "$(W mu_e3)" synth $L sine 164.75
  "${S[@]}" "${NEW[@]}" "$(W mu_a3)" synth $L sine 220
  "${S[@]}" -m -v 0.25 "$(W mu_a1)" -v 0.18 "$(W mu_a2)" -v 0.16 "$(W mu_a2d)" \
    -v 0.15 "$(W mu_c3)" -v 0.14 "$(W mu_e3)" -v 0.12 "$(W mu_a3)" "$(W mu_drone)" \
    lowpass 700 tremolo 0.25 35 gain -1

  # heartbeat: one 2 s cell (thud at 0, softer thud at 0.28 s; 0.63 s of sound
  # + 1.37 s silence), repeated 12x
  tone "$(W mu_beat1)" 0.35 60/40 50
  tone "$(W mu_beat2)" 0.35 55/38 50
  "${S[@]}" "$(W mu_beat2)" "$(W mu_beat2p)" pad 0.28 gain -5
  "${S[@]}" -m "$(W mu_beat1)" "$(W mu_beat2p)" "$(W mu_cell)" \
    lowpass 300 pad 0 1.37
  "${S[@]}" "$(W mu_cell)" "$(W mu_beats)" repeat 11 trim 0 $L

  # distant high tones
  tone "$(W mu_p1)" 5 E5 45
  tone "$(W mu_p2)" 5 F5 45
  tone "$(W mu_p3)" 5 E5 45
  # (each padded to exactly 24 s: start + 5 s tone + rest)
  "${S[@]}" "$(W mu_p1)" "$(W mu_p1p)" fade h 0.3 pad 4 15
  "${S[@]}" "$(W mu_p2)" "$(W mu_p2p)" fade h 0.3 pad 11 8
  "${S[@]}" "$(W mu_p3)" "$(W mu_p3p)" fade h 0.3 pad 18 1
  "${S[@]}" -m "$(W mu_p1p)" "$(W mu_p2p)" "$(W mu_p3p)" "$(W mu_pings)" \
    gain -3 reverb 80 60 100 100 30

  # air
  "${S[@]}" "${NEW[@]}" "$(W mu_air)" synth $L pinknoise lowpass 1200 highpass 200 \
    tremolo 0.125 60

  "${S[@]}" -m -v 1 "$(W mu_drone)" -v 0.9 "$(W mu_beats)" -v 0.35 "$(W mu_pings)" \
    -v 0.03 "$(W mu_air)" "$(W music_dry)" gain -6
  "${S[@]}" "$(W music_dry)" "$(W music)" reverb 40 50 70 100 0 fade q 1.5 $L 1.5
  finish music "$(W music)" "$MUSIC_PEAK" "$OGG_Q_MUSIC"
}

make_click
make_deploy
make_treaty
make_crisis
make_war
make_peace
make_music

echo "Wrote to $OUT:"
total=0
for f in "$OUT"/*.ogg "$OUT"/*.mp3; do
  size=$(stat -c %s "$f")
  total=$((total + size))
  printf '  %-12s %7d bytes  %6.2f s  %5d Hz  peak %6.2f dBFS\n' \
    "$(basename "$f")" "$size" "$(soxi -D "$f")" "$(soxi -r "$f")" \
    "$(sox "$f" -n stat 2>&1 | awk '/Maximum amplitude/{a=$3} /Minimum amplitude/{b=-$3}
        END{m=(a>b)?a:b; print 20*log(m)/log(10)}')"
done
printf '  %-12s %7d bytes (%.1f KB)\n' TOTAL "$total" "$(awk -v t="$total" 'BEGIN{print t/1024}')"
