/*
 * Phaser as the map uses it: Phaser's own ESM entry (node_modules/phaser/src/phaser-esm.js)
 * without physics, tilemaps and Phaser's sound system (the game plays sound with howler).
 * vite.config.ts resolves `phaser` here for the browser build and fixes Phaser's build
 * flags (typeof WEBGL_RENDERER …) as Phaser's own build does. About 90 KB gzip smaller.
 */
require('../node_modules/phaser/src/polyfills/requestVideoFrame');

const CONST = require('../node_modules/phaser/src/const');

export const Actions = require('../node_modules/phaser/src/actions');
export const Animations = require('../node_modules/phaser/src/animations');
export const BlendModes = require('../node_modules/phaser/src/renderer/BlendModes');
export const Cache = require('../node_modules/phaser/src/cache');
export const Cameras = require('../node_modules/phaser/src/cameras');
export const Core = require('../node_modules/phaser/src/core');
export const Class = require('../node_modules/phaser/src/utils/Class');
export const Curves = require('../node_modules/phaser/src/curves');
export const Data = require('../node_modules/phaser/src/data');
export const Display = require('../node_modules/phaser/src/display');
export const DOM = require('../node_modules/phaser/src/dom');
export const Events = require('../node_modules/phaser/src/events');
export const Filters = require('../node_modules/phaser/src/filters');
export const Game = require('../node_modules/phaser/src/core/Game');
export const GameObjects = require('../node_modules/phaser/src/gameobjects');
export const Geom = require('../node_modules/phaser/src/geom');
export const Input = require('../node_modules/phaser/src/input');
export const Loader = require('../node_modules/phaser/src/loader');
export const Math = require('../node_modules/phaser/src/math');
export const Plugins = require('../node_modules/phaser/src/plugins');
export const Renderer = require('../node_modules/phaser/src/renderer');
export const Scale = require('../node_modules/phaser/src/scale');
export const ScaleModes = require('../node_modules/phaser/src/renderer/ScaleModes');
export const Scene = require('../node_modules/phaser/src/scene/Scene');
export const Scenes = require('../node_modules/phaser/src/scene');
export const Structs = require('../node_modules/phaser/src/structs');
export const Textures = require('../node_modules/phaser/src/textures');
export const Time = require('../node_modules/phaser/src/time');
export const TintModes = require('../node_modules/phaser/src/renderer/TintModes');
export const Tweens = require('../node_modules/phaser/src/tweens');
export const Utils = require('../node_modules/phaser/src/utils');

export const VERSION = CONST.VERSION;
export const AUTO = CONST.AUTO;
export const CANVAS = CONST.CANVAS;
export const WEBGL = CONST.WEBGL;
